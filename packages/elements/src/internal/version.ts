/** The elements' version, compared when a tag is defined twice (two copies of the library on a page). */
export const VERSION = '0.1.0';
