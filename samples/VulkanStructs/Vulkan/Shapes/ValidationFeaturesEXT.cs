using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkValidationFeaturesEXT: turns optional validation on (or default validation off) for an instance.</summary>
/// <remarks>The sample chains it behind the debug messenger's create-info: a two-link <c>pNext</c> chain.</remarks>
[ArenaStruct]
public unsafe partial struct ValidationFeaturesEXT
{
    /// <summary><see cref="StructureType.ValidationFeaturesEXT"/>.</summary>
    public StructureType SType;
    /// <summary>Extension chain; null.</summary>
    public void* PNext;
    /// <summary>Validation to turn on (staged as <c>enabledValidationFeatureCount</c> + <c>pEnabledValidationFeatures</c>).</summary>
    public ValidationFeatureEnableEXT[]? EnabledValidationFeatures;
    /// <summary>Validation to turn off (staged as <c>disabledValidationFeatureCount</c> + <c>pDisabledValidationFeatures</c>).</summary>
    public ValidationFeatureDisableEXT[]? DisabledValidationFeatures;
}
