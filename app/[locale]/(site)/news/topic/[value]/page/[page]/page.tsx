import { filteredMetadata, filteredPage, filteredPageStaticParams } from '../../../../_components/filtered-route';

export const generateStaticParams = filteredPageStaticParams;
export const generateMetadata = filteredMetadata('topic');
export default filteredPage('topic');
