import { describe, expect, it } from 'vitest';
import { storedImageProps } from './image-props';

const upload = { src: '/media/0123456789abcdef0123456789abcdef.jpg', width: 2400, height: 1350, alt: 'Les délégués' };

describe('storedImageProps', () => {
  it('offers an upload in several widths through the optimizer, keeping its size for the layout', () => {
    const props = storedImageProps(upload, { sizes: '100vw', eager: true });
    expect(props).toMatchObject({ alt: 'Les délégués', width: 2400, height: 1350, sizes: '100vw', loading: 'eager', fetchPriority: 'high' });
    const srcSet = 'srcSet' in props ? String(props.srcSet) : '';
    expect(srcSet.split(', ').length).toBeGreaterThan(3);
    expect(srcSet).toContain(`/_next/image?url=${encodeURIComponent(upload.src)}&w=`);
    expect(props).not.toHaveProperty('style');
  });

  it('lazy-loads below the fold unless asked, and uses an older image given by its path as it is', () => {
    expect(storedImageProps(upload, { sizes: '16rem' }).loading).toBe('lazy');
    const older = storedImageProps({ ...upload, src: '/images/sommet.jpg' }, { sizes: '100vw' });
    expect(older).toEqual({ src: '/images/sommet.jpg', alt: 'Les délégués', width: 2400, height: 1350, loading: 'lazy', decoding: 'async' });
  });
});
