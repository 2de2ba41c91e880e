#!/usr/bin/env bash
# Validates every Kubernetes manifest in this directory against the Kubernetes API's
# own OpenAPI schemas (kubernetes-validate, from PyPI, in a private venv), strictly:
# an unknown or misspelt field is an error. Run by the test suite
# (DeploymentManifestTests) and by hand: deploy/kubernetes/validate.sh [FILE...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${CALLBOARD_DEPLOY_VENV:-$root/.callboard/venv-deploy}"
kubernetes_version="${KUBERNETES_VERSION:-1.30.0}"
if [ ! -x "$venv/bin/kubernetes-validate" ]; then
    python3 -m venv "$venv" >/dev/null
    "$venv/bin/pip" install --quiet --disable-pip-version-check 'kubernetes-validate==1.37.0' >&2
fi
# With arguments, validates those files instead of this directory's.
if [ $# -gt 0 ]; then manifests=("$@"); else manifests=("$here"/*.yaml); fi
status=0
for manifest in "${manifests[@]}"; do
    case "$(basename "$manifest")" in kustomization.yaml) continue ;; esac
    if ! "$venv/bin/kubernetes-validate" --strict --kubernetes-version "$kubernetes_version" "$manifest"; then
        status=1
    fi
done
exit $status
