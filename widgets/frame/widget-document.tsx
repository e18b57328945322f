/**
 * @deprecated Now `./widget-document.ts` (it has no JSX); this re-export keeps the timeline's imports working
 * until it moves to the new names. Delete it then.
 */
export * from './widget-document.ts'
