/**
 * How discovery's steps share out their work. Each step is a generator that yields between pieces of
 * work, so that discoverAsync can give the page's thread back between slices. Work is counted in one
 * unit, templating one visit; cheaper work counts a fraction (reading a typed array, walking a burst).
 */

/** Work units between two chances to yield. */
const CHUNK = 128;

/** A step's pace: pace(units) counts work done, and is true once a CHUNK of it is done since it last was. */
export type Pace = (units: number) => boolean;

export function pacer(): Pace {
  let work = 0;
  return (units) => {
    work += units;
    if (work < CHUNK) return false;
    work = 0;
    return true;
  };
}
