import { feedRoute } from '@/lib/feed-route';

export const GET = feedRoute('rss', 'country');
