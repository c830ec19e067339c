/**
 * The news search of the header's utility bar: a plain GET form to /{locale}/news/search, so it
 * works without JavaScript and the results page has an address of its own (cacheable per query).
 */
export function SearchBox({ action, label, submit, placeholder }: { action: string; label: string; submit: string; placeholder: string }) {
  return (
    <search aria-label={label}>
      <form action={action} method="get" className="flex items-center">
        <label htmlFor="site-search-q" className="sr-only">
          {label}
        </label>
        <input
          id="site-search-q"
          name="q"
          type="search"
          required
          maxLength={200}
          // What it searches, in sight (the label is for screen readers): the news, not the whole site.
          placeholder={placeholder}
          className="search-input"
        />
        <button type="submit" className="search-button">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span className="sr-only md:not-sr-only">{submit}</span>
        </button>
      </form>
    </search>
  );
}
