import { Blocks } from '../blocks';

/**
 * A diagnostic, not a target: a static page with about as many bytes as our release page, so the
 * report can tell what a page's size costs the framework from what our code adds.
 */
export default function SizedPage() {
  return <Blocks count={44} />;
}
