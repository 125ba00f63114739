#!/usr/bin/env bash
# The main job: installs Vulkan (loader, lavapipe, validation layer) when missing and runs the
# Vulkan compute sample, every call staged through ParamArena.
set -euo pipefail
cd "$(dirname "$0")/.."

./eng/install-prerequisites.sh

dotnet run -c Release --project samples/VulkanStructs -- "$@"
