/**
 * Settings of Santurkar et al.'s optimization measures (src/run/optimization.ts), shared by the
 * run part, the page and the command line.
 */

/**
 * The step sizes η′ (as multiples of the current η) at which the loss landscape is looked at along
 * the gradient: a log range around η, as in Santurkar et al. (2018), Figures 4 and 5.
 */
export const LANDSCAPE_MULTIPLIERS = [0.25, 0.5, 1, 2, 4] as const;

/**
 * Take the measures every this many steps unless told otherwise. One measurement costs about
 * (hidden layers + 5) forward and backward passes per network, 5 to 10 training steps of the
 * twins, so every 100 steps they add about a tenth to the training time (`npm run bench`
 * measures it; every 50 steps came to 13–21%).
 */
export const DEFAULT_OPTIMIZATION_EVERY = 100;

/** The intervals the page offers (0: off). */
export const OPTIMIZATION_EVERY_CHOICES = [0, 10, 20, 50, 100, 200, 500, 1000] as const;
