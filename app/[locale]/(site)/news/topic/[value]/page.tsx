import { filteredMetadata, filteredPage, filteredStaticParams } from '../../_components/filtered-route';

export const generateStaticParams = filteredStaticParams;
export const generateMetadata = filteredMetadata('topic');
export default filteredPage('topic');
