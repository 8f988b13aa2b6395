/** What one build caches. */
export interface Build {
  /** A hash of the build's files: the cache's name. */
  version: string;
  /** The app's files, relative to the scope, cached at install (the install fails without them). */
  app: string[];
  /** The data assets, cached after them (a missing one is skipped). */
  data: string[];
}
