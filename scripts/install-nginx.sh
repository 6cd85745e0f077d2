#!/usr/bin/env bash
# Install Debian's nginx for `make cluster` (scripts/cluster.sh), the load balancer in
# front of the Rasa and action servers. The cluster runs its own nginx with its own
# configuration under var/cluster: the package's service is never started or used.
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "error: make cluster needs Debian's nginx; install it as root: apt-get install nginx" >&2
    exit 1
  fi
fi
echo "installing Debian's nginx for make cluster…"
# The package would start its system service (port 80) where nothing forbids it: a
# policy-rc.d that says "no" keeps it stopped; it is removed again afterwards.
POLICY=/usr/sbin/policy-rc.d
added_policy=""
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
  $SUDO chmod +x "$POLICY"
  added_policy=1
fi
cleanup() { if [ -n "$added_policy" ]; then $SUDO rm -f "$POLICY"; fi; }
trap cleanup EXIT
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
