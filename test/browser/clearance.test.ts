import { describe, expect, test } from 'vitest';
import { clearAnchor, intersects } from '../../extension-browser/src/content/clearance';

const viewport = { width: 1280, height: 720 };
const box = { width: 380, height: 652 };

/** The box's rect for an anchor (distances from the right and bottom edges). */
function rectOf(anchor: { right: number; bottom: number }, size = box) {
  return {
    left: viewport.width - anchor.right - size.width,
    right: viewport.width - anchor.right,
    top: viewport.height - anchor.bottom - size.height,
    bottom: viewport.height - anchor.bottom,
  };
}

describe('placing a box clear of the site controls', () => {
  test('the preferred place is kept when it covers nothing', () => {
    const bar = { left: 0, top: 640, right: 1280, bottom: 720 };
    const short = { width: 380, height: 500 };
    expect(clearAnchor(viewport, short, { right: 16, bottom: 96 }, [bar])).toEqual({
      right: 16,
      bottom: 96,
    });
  });

  test('a launcher on a Send button moves to the nearest clear place, inside the window', () => {
    const send = { left: 1216, top: 576, right: 1256, bottom: 616 };
    const launcher = { width: 44, height: 44 };
    const place = clearAnchor(viewport, launcher, { right: 16, bottom: 104 }, [send])!;
    expect(intersects(rectOf(place, launcher), send)).toBe(false);
    const r = rectOf(place, launcher);
    expect(r.left).toBeGreaterThanOrEqual(0);
    expect(r.bottom).toBeLessThanOrEqual(720);
    // Nearest: one step above or beside the button, not across the screen.
    expect(Math.abs(place.right - 16) + Math.abs(place.bottom - 104)).toBeLessThan(80);
  });

  test('no place at all is reported, not a covering one', () => {
    const everything = { left: 0, top: 0, right: 1280, bottom: 720 };
    expect(
      clearAnchor(viewport, { width: 44, height: 44 }, { right: 16, bottom: 16 }, [everything]),
    ).toBeUndefined();
  });
});
