#!/usr/bin/env bash
# Fetch Cytoscape.js from the npm registry and vendor it into the report package:
#   scripts/vendor_cytoscape.sh 3.35.0
# Then update the version, integrity and sha256 in report/assets/vendor/README.md and the
# digest in tests/report/test_report.py. Needs npm; nothing else downloads JavaScript.
set -euo pipefail
version="${1:?usage: scripts/vendor_cytoscape.sh VERSION}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack "cytoscape@$version" >/dev/null
tar xzf "cytoscape-$version.tgz" package/dist/cytoscape.min.js package/LICENSE
cp package/dist/cytoscape.min.js "$here/report/assets/vendor/cytoscape.min.js"
cp package/LICENSE "$here/report/assets/vendor/cytoscape.LICENSE"
echo "integrity: $(npm view "cytoscape@$version" dist.integrity)"
sha256sum "$here/report/assets/vendor/cytoscape.min.js"
