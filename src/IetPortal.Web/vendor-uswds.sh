#!/usr/bin/env bash
# Vendors the built USWDS assets from node_modules into wwwroot/lib/uswds so
# that nothing is loaded from a CDN at run time. Usage: npm run vendor
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

SRC="node_modules/@uswds/uswds"
DIST="$SRC/dist"
DEST="wwwroot/lib/uswds"

if [[ ! -d "$SRC" ]]; then
  echo "node_modules/@uswds/uswds not found; running npm ci..."
  npm ci
fi

version="$(node -p "require('./$SRC/package.json').version")"
echo "Vendoring USWDS $version into $DEST"

rm -rf "$DEST"
mkdir -p "$DEST/css" "$DEST/js"

cp "$DIST/css/uswds.min.css" "$DEST/css/"
cp "$DIST/js/uswds.min.js" "$DEST/js/"
cp "$DIST/js/uswds-init.min.js" "$DEST/js/"
cp "$SRC/LICENSE.md" "$DEST/"

# The full dist/img folder is ~10 MB (mostly material-icons) and dist/fonts is
# ~5 MB, so copy only the font and image files that uswds.min.css actually
# references via url(...). Paths are relative to css/, e.g. ../fonts/x.woff2.
mapfile -t css_assets < <(
  grep -o 'url([^)]*)' "$DIST/css/uswds.min.css" \
    | sed -E 's/^url\(["'\'']?//; s/["'\'']?\)$//; s/[?#].*$//' \
    | grep -E '^\.\./(fonts|img)/' \
    | sed 's|^\.\./||' \
    | sort -u
)

# Images referenced from markup rather than CSS (USWDS banner and icon sprite).
markup_assets=(
  img/us_flag_small.png
  img/icon-dot-gov.svg
  img/icon-https.svg
  img/lock.svg
  img/sprite.svg
)

for asset in "${css_assets[@]}" "${markup_assets[@]}"; do
  if [[ ! -f "$DIST/$asset" ]]; then
    echo "error: $DIST/$asset does not exist" >&2
    exit 1
  fi
  mkdir -p "$DEST/$(dirname "$asset")"
  cp "$DIST/$asset" "$DEST/$asset"
done

echo "Copied ${#css_assets[@]} CSS-referenced assets and ${#markup_assets[@]} markup assets."
echo "Total vendored size: $(du -sh "$DEST" | cut -f1)"
