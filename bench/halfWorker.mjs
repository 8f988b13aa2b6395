// Worker-thread entry: registers tsx in this thread, then runs the TypeScript half server.
import { register } from 'tsx/esm/api';

register();
await import('./halfWorker.ts');
