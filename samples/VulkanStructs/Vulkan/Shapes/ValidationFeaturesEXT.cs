using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkValidationFeaturesEXT: turns optional validation on (or default validation off) for an instance.</summary>
/// <remarks>The sample chains it after the debug messenger's create-info: a two-link chain behind the instance create-info.</remarks>
[ArenaStruct]
[ArenaStructureType(StructureType.ValidationFeaturesEXT)]
[ArenaExtends(typeof(InstanceCreateInfo))]
public unsafe partial struct ValidationFeaturesEXT
{
    /// <summary>Validation to turn on (staged as <c>enabledValidationFeatureCount</c> + <c>pEnabledValidationFeatures</c>).</summary>
    public ValidationFeatureEnableEXT[]? EnabledValidationFeatures;
    /// <summary>Validation to turn off (staged as <c>disabledValidationFeatureCount</c> + <c>pDisabledValidationFeatures</c>).</summary>
    public ValidationFeatureDisableEXT[]? DisabledValidationFeatures;
}
