#!/usr/bin/env bash
# Installs what the tests, benchmarks and the Vulkan sample need on a Debian machine with the
# .NET 10 SDK, when it is missing. Safe to run again: it installs nothing that is already there.
set -euo pipefail

packages=(
  gcc                       # builds the C test libraries at test time
  zlib1g                    # libz.so.1: zlib tests
  libsqlite3-0              # libsqlite3.so.0: SQLite tests
  libvulkan1                # the Vulkan loader
  libvulkan-dev             # vk.xml (the bindings tool) and vulkan_core.h (the bindings layout test)
  mesa-vulkan-drivers       # lavapipe: Vulkan on the CPU
  vulkan-validationlayers   # VK_LAYER_KHRONOS_validation
  glslc                     # GLSL -> SPIR-V, for the shader round-trip test
  clang lld                 # NativeAOT publishing
  libmimalloc-dev           # mimalloc, beside glibc in the pool benchmark (tests/Benchmarks/Pool)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""
  [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
