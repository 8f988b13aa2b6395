/// <reference lib="webworker" />
/**
 * Reads and checks an experiment file off the page's thread: parsing and validating a 20 MB file
 * with a million bad keys takes seconds, which would freeze the page. Answers with what
 * experimentFromJson gives, or null when the file cannot be read.
 */
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import { experimentFromJson, type ImportedExperiment } from '../experiment/file';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<Blob>) => {
  event.data.text().then(
    (text) => self.postMessage(experimentFromJson(text, DEFAULT_EXPERIMENT)),
    () => self.postMessage(null satisfies ImportedExperiment | null),
  );
};
