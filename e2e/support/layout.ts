import type { Page } from 'playwright-core';

/** How many pixels the page sticks out sideways beyond its window: 0 when nobody has to scroll left and right. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** How far the page scrolls each way (document.scrollingElement): 0 and 0 when everything fits its window. */
export function pageScroll(page: Page): Promise<{ down: number; sideways: number }> {
  return page.evaluate(() => {
    const scrolling = document.scrollingElement ?? document.documentElement;
    return { down: scrolling.scrollHeight - scrolling.clientHeight, sideways: scrolling.scrollWidth - scrolling.clientWidth };
  });
}

/**
 * The elements under `selector` that are drawn and lie, even partly, outside the window: each as
 * its tag, class and text, so a failure names what was cut off. What is drawn is an element with
 * text of its own, or one with nothing inside that is a picture or control or has a background
 * or border; containers only hold them (a canvas's transformed viewport may be larger than the
 * screen while all it shows is on it). Elements with no size and
 * those hidden (display, visibility) do not count.
 */
export function outsideViewport(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const root = document.querySelector(rootSelector);
    if (root === null) return [`nothing matches ${rootSelector}`];
    const width = window.innerWidth;
    const height = window.innerHeight;
    return [root, ...root.querySelectorAll('*')].flatMap((element) => {
      const box = element.getBoundingClientRect();
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      const style = getComputedStyle(element);
      const painted = style.backgroundColor !== 'rgba(0, 0, 0, 0)' || parseFloat(style.borderTopWidth) + parseFloat(style.borderLeftWidth) > 0;
      const graphic = ['svg', 'img', 'canvas', 'input', 'select', 'button', 'progress', 'textarea'].includes(element.tagName.toLowerCase());
      const drawn = ownText || (element.childElementCount === 0 && (painted || graphic));
      if (!drawn || box.width === 0 || box.height === 0 || !element.checkVisibility({ visibilityProperty: true })) return [];
      const inside = box.left >= -0.5 && box.top >= -0.5 && box.right <= width + 0.5 && box.bottom <= height + 0.5;
      if (inside) return [];
      const name = `${element.tagName.toLowerCase()}.${String(element.getAttribute('class') ?? '').replace(/\s+/g, '.')}`;
      return [`${name} "${(element.textContent ?? '').trim().slice(0, 40)}" at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`];
    });
  }, selector);
}
