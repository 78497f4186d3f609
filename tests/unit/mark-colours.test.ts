import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAME } from '../../core/contract';
import { FAMILIES, type Family } from '../../core/types';

// The marks' look as shipped (entrypoints/content/marks.css and marks-background.css), measured with WCAG 2's
// relative luminance and contrast ratio: the marks must be told apart without colour, and keep 3:1 against
// light and dark pages alike (a ::highlight() rule cannot see the page's background).

const CONTENT = path.resolve(import.meta.dirname, '../../entrypoints/content');
/** A style sheet's rules, without its comments. */
const rulesOf = (file: string) =>
  readFileSync(path.join(CONTENT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const UNDERLINE_CSS = rulesOf('marks.css');
const BACKGROUND_CSS = rulesOf('marks-background.css');
/** All of a sheet inside Role Lens's layer, which unlayered rules of pages and users beat. */
const IN_OUR_LAYER = /^\s*@layer role-lens\s*\{[\s\S]*\}\s*$/;

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

/** `colour` at `alpha` over an opaque `backdrop`, composited in sRGB as browsers paint it. */
function over(colour: Rgb, alpha: number, backdrop: Rgb): Rgb {
  return colour.map((channel, index) =>
    Math.round(channel * alpha + (backdrop[index] as number) * (1 - alpha)),
  ) as unknown as Rgb;
}

function grey(level: number): Rgb {
  return [level, level, level];
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

/** Each family's tint: `background-color: rgb(r g b / alpha)`. */
function tints(): Record<Family, { colour: Rgb; alpha: number }> {
  const rules = highlightRules(BACKGROUND_CSS);
  return Object.fromEntries(
    FAMILIES.map((family) => {
      const found = /background-color:\s*rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)/.exec(rules[family]);
      if (!found) throw new Error(`no rgb(r g b / alpha) background for ${family}`);
      const [red, green, blue, alpha] = found.slice(1).map(Number) as [number, number, number, number];
      return [family, { colour: [red, green, blue] as Rgb, alpha }];
    }),
  ) as Record<Family, { colour: Rgb; alpha: number }>;
}

const WHITE = hex('#ffffff');
/** Pages the marks must stand out on: white, a light grey page, dark themes (GitHub's, Material's) and black. */
const LIGHT_PAGES = ['#ffffff', '#f6f8fa'];
const DARK_PAGES = ['#1d2125', '#121212', '#000000'];
/** WCAG 1.4.11, non-text contrast: what a mark's line needs against what is around it. */
const LINE_CONTRAST = 3;
/** WCAG 1.4.3, text contrast (AA). */
const TEXT_CONTRAST = 4.5;

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

  it('is in a layer, so that pages and users can restyle it', () => {
    expect(UNDERLINE_CSS).toMatch(IN_OUR_LAYER);
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

describe('the background tint of each family', () => {
  const lines = underlines();
  const tinted = tints();

  it('is the family’s own colour, thin enough to read through, inside a layer pages can override', () => {
    for (const family of FAMILIES) {
      expect(tinted[family].colour).toEqual(lines[family].colour);
      expect(tinted[family].alpha).toBeGreaterThan(0.1);
      expect(tinted[family].alpha).toBeLessThanOrEqual(0.2);
    }
    expect(BACKGROUND_CSS).toMatch(IN_OUR_LAYER);
    expect(BACKGROUND_CSS).not.toMatch(/text-decoration/); // the line styles stay those of marks.css
  });

  it.each(FAMILIES)('%s keeps 4.5:1 for any page text that had 5.6:1, on light and dark pages', (family) => {
    const { colour, alpha } = tinted[family];
    for (const page of [...LIGHT_PAGES, ...DARK_PAGES].map(hex)) {
      const backdrop = over(colour, alpha, page);
      for (let level = 0; level <= 255; level++) {
        if (contrast(grey(level), page) < 5.6) continue;
        expect(contrast(grey(level), backdrop), `grey ${level} on ${page.join()}`).toBeGreaterThanOrEqual(
          TEXT_CONTRAST,
        );
      }
    }
  });

  it.each(FAMILIES)('%s leaves the line 3:1 against the tinted background', (family) => {
    const { colour, alpha } = tinted[family];
    for (const page of [...LIGHT_PAGES, ...DARK_PAGES]) {
      expect(contrast(lines[family].colour, over(colour, alpha, hex(page))), page).toBeGreaterThanOrEqual(
        LINE_CONTRAST,
      );
    }
  });
});
