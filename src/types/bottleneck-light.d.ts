// bottleneck's light build (the one octokit's throttling plugin uses) has the types of the full one.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
