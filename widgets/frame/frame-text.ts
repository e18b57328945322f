/**
 * @deprecated Moved to `./words.ts`; this re-export keeps the timeline's imports working until it
 * moves to the new names. Delete it then.
 */
export * from './words.ts'
