#!/usr/bin/env bash
# Recompiles the sample's compute shader. The SPIR-V is committed next to its GLSL source;
# VulkanSample.Tests checks that this command reproduces the committed words exactly.
set -euo pipefail
cd "$(dirname "$0")"
glslc --target-env=vulkan1.0 -fshader-stage=compute multiply_add.comp -o multiply_add.comp.spv
