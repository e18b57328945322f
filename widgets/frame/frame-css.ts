/**
 * @deprecated Moved to `./css.ts`; this re-export keeps the timeline's imports working until it
 * moves to the new names. Delete it then.
 */
export * from './css.ts'
