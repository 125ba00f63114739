#version 450
// The sample's compute job: output[i] = input[i] * factor + OFFSET, in 32-bit unsigned integers so
// the host can check every element exactly (wrapping arithmetic on both sides, no rounding).

// The workgroup width and the offset are specialization constants: the pipeline sets them through
// VkSpecializationInfo, so the sample exercises map entries and a data blob.
layout(local_size_x_id = 0) in;
layout(constant_id = 1) const uint OFFSET = 0u;

// The factor and the element count come in as push constants.
layout(push_constant) uniform Parameters
{
    uint factor;
    uint count;
} parameters;

layout(std430, set = 0, binding = 0) readonly buffer InputValues
{
    uint values[];
} inputValues;

layout(std430, set = 0, binding = 1) writeonly buffer OutputValues
{
    uint values[];
} outputValues;

void main()
{
    uint i = gl_GlobalInvocationID.x;
    if (i < parameters.count)
    {
        outputValues.values[i] = inputValues.values[i] * parameters.factor + OFFSET;
    }
}
