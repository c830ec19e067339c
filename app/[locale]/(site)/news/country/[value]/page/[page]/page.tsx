import { filteredMetadata, filteredPage, filteredPageStaticParams } from '../../../../_components/filtered-route';

export const generateStaticParams = filteredPageStaticParams;
export const generateMetadata = filteredMetadata('country');
export default filteredPage('country');
