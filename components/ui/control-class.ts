/**
 * The look of a text input, select or textarea, usable from server components too (a filter
 * bar's plain control): field.tsx is a client module, whose exports a server component cannot read.
 */
export const controlClass =
  'block w-full rounded-md border border-line bg-white px-3 py-2 text-ink shadow-sm aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700 disabled:bg-surface';
