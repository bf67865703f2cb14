import jsQR from 'jsqr';
import type { Locator } from 'playwright-core';

/**
 * What a phone's camera would read from a QR code on screen: a screenshot of the element,
 * turned into pixels by the page's own image decoder and decoded with jsQR. Throws when the
 * picture holds no readable code.
 */
export async function readQrCode(qr: Locator): Promise<string> {
  const png = (await qr.screenshot()).toString('base64');
  const { width, height, pixels } = await qr.page().evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let binary = '';
    for (let start = 0; start < data.length; start += 0x8000) binary += String.fromCharCode(...data.subarray(start, start + 0x8000));
    return { width: bitmap.width, height: bitmap.height, pixels: btoa(binary) };
  }, png);
  const decoded = jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), width, height);
  if (decoded === null) throw new Error(`no readable QR code in the ${width}×${height} screenshot`);
  return decoded.data;
}
