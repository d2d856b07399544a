/** The dashboard build this process serves (`string | null`), read once at start. */
export const BUILD_ID = Symbol('BUILD_ID');
