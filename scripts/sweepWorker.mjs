// Worker-thread entry of the command line's sweep pool: registers tsx in this thread, then runs
// the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./sweepWorker.ts');
