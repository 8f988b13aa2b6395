/**
 * How many steps the tour has (tour.ts holds them): what the page needs to read `#tour=N` before
 * the tour's own code loads. A test checks it against the tour.
 */
export const TOUR_STEPS = 13;
