/** (d) An empty static App Router page: rendered at build time, served from Next's cache. */
export default function EmptyPage() {
  return (
    <main>
      <h1>Empty</h1>
    </main>
  );
}
