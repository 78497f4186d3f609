import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAME } from '../../core/contract';
import { FAMILIES, type Family } from '../../core/types';

// The marks' look as shipped (entrypoints/content/marks.css), measured with WCAG 2's
// relative luminance and contrast ratio: the marks must be told apart without colour, and keep 3:1 against
// light and dark pages alike (a ::highlight() rule cannot see the page's background).

const CONTENT = path.resolve(import.meta.dirname, '../../entrypoints/content');
const UNDERLINE_CSS = readFileSync(path.join(CONTENT, 'marks.css'), 'utf8');

type Rgb = readonly [number, number, number];

/** WCAG 2 relative luminance of an sRGB colour (channels 0–255). */
function relativeLuminance([red, green, blue]: Rgb): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** WCAG 2 contrast ratio, 1 to 21. */
function contrast(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

function hex(colour: string): Rgb {
  const value = Number.parseInt(colour.slice(1), 16);
  return [value >> 16, (value >> 8) & 255, value & 255];
}

/** The declarations of each family's `::highlight()` rule in `css`. */
function highlightRules(css: string): Record<Family, string> {
  const rules = {} as Record<Family, string>;
  for (const family of FAMILIES) {
    const name = HIGHLIGHT_NAME[family];
    const found = new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`).exec(css);
    if (!found?.[1]) throw new Error(`no ::highlight(${name}) rule`);
    rules[family] = found[1];
  }
  return rules;
}

/** Each family's underline: `text-decoration: underline <style> <thickness> #rrggbb`. */
function underlines(): Record<Family, { style: string; thickness: string; colour: Rgb }> {
  const rules = highlightRules(UNDERLINE_CSS);
  return Object.fromEntries(
    FAMILIES.map((family) => {
      const found = /text-decoration:\s*underline\s+(\w+)\s+(\S+)\s+(#[0-9a-f]{6})\s*;/i.exec(rules[family]);
      if (!found) throw new Error(`no underline with a #rrggbb colour for ${family}`);
      const [, style, thickness, colour] = found as unknown as [string, string, string, string];
      return [family, { style, thickness, colour: hex(colour) }];
    }),
  ) as Record<Family, { style: string; thickness: string; colour: Rgb }>;
}

const WHITE = hex('#ffffff');
/** Pages the marks must stand out on: white, a light grey page, dark themes (GitHub's, Material's) and black. */
const LIGHT_PAGES = ['#ffffff', '#f6f8fa'];
const DARK_PAGES = ['#1d2125', '#121212', '#000000'];
/** WCAG 1.4.11, non-text contrast: what a mark's line needs against what is around it. */
const LINE_CONTRAST = 3;

describe('the contrast helper', () => {
  it('gives the WCAG figures for known pairs', () => {
    expect(contrast(WHITE, hex('#000000'))).toBeCloseTo(21, 5);
    expect(contrast(WHITE, WHITE)).toBe(1);
    expect(contrast(hex('#767676'), WHITE)).toBeCloseTo(4.54, 2); // the lightest grey with AA on white
    expect(contrast(hex('#777777'), WHITE)).toBeLessThan(4.5);
  });
});

describe('the underline of each family', () => {
  const lines = underlines();

  it('has a line style of its own, so the families are told apart without colour', () => {
    const styles = FAMILIES.map((family) => lines[family].style);
    expect(new Set(styles).size).toBe(FAMILIES.length);
    expect(styles).toEqual(['solid', 'wavy', 'dotted']);
  });

  it('is at least 2px thick and kept clear of the glyphs', () => {
    for (const family of FAMILIES) {
      expect(Number.parseFloat(lines[family].thickness)).toBeGreaterThanOrEqual(2);
      expect(highlightRules(UNDERLINE_CSS)[family]).toMatch(/text-underline-offset:\s*0\.\d+em/);
    }
  });

  it.each(FAMILIES)('%s has at least 3:1 against light and dark pages', (family) => {
    for (const page of [...LIGHT_PAGES, ...DARK_PAGES]) {
      expect(contrast(lines[family].colour, hex(page)), `${family} on ${page}`).toBeGreaterThanOrEqual(
        LINE_CONTRAST,
      );
    }
  });

  it('has a luminance in the band that keeps 3:1 against both white and #1d2125', () => {
    // Against white: (1.05) / (L + 0.05) ≥ 3 → L ≤ 0.30. Against #1d2125: (L + 0.05) / (L₀ + 0.05) ≥ 3.
    const darkFloor = 3 * (relativeLuminance(hex('#1d2125')) + 0.05) - 0.05;
    for (const family of FAMILIES) {
      const luminance = relativeLuminance(lines[family].colour);
      expect(luminance).toBeGreaterThanOrEqual(darkFloor);
      expect(luminance).toBeLessThanOrEqual(0.3);
    }
  });
});
