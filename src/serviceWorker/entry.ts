import type { Build } from './build';
import { installServiceWorker } from './serviceWorker';

/** The build's files, written in by scripts/serviceWorker.ts. */
declare const BUILD: Build;

// This file only ever runs as the service worker: its global scope is a ServiceWorkerGlobalScope.
installServiceWorker(self as unknown as ServiceWorkerGlobalScope, BUILD, caches);
