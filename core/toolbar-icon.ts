/** The toolbar icon's sizes that get an "off" variant (scripts/icons.ts draws them): Chrome's and Firefox's action sizes. */
export const OFF_ICON_SIZES = [16, 32] as const;

/** The toolbar icon's image paths (in the build, from public/icon/): the usual one, or grey where Role Lens is off. */
export function toolbarIconPaths(off: boolean): Record<string, string> {
  return Object.fromEntries(
    OFF_ICON_SIZES.map((size) => [String(size), off ? `/icon/off-${size}.png` : `/icon/${size}.png`]),
  );
}
