// Photos are shrunk on the phone before they are stored: a 12-megapixel shot becomes a JPEG
// of a few hundred kB, so the outbox syncs fast on booth Wi-Fi and storage lasts a whole show.
// About 2000 px on the long side keeps card text sharp enough for OCR.

const LONG_SIDE = 2000;
const QUALITY = 0.85;

export async function downscale(file) {
  let bitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return file; // a format this browser cannot decode (HEIC outside Safari): the server reads it
  }
  const scale = Math.min(1, LONG_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d').drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY });
}

/** The photos a file input produced, ready to keep: {id, kind, blob}. */
export async function takePhoto(input, kind) {
  const photos = [];
  for (const file of input.files) photos.push({ id: crypto.randomUUID(), kind, blob: await downscale(file) });
  input.value = ''; // the same shot can be chosen again after a remove
  return photos;
}
