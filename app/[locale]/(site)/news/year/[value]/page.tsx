import { filteredMetadata, filteredPage, filteredStaticParams } from '../../_components/filtered-route';

export const generateStaticParams = filteredStaticParams;
export const generateMetadata = filteredMetadata('year');
export default filteredPage('year');
