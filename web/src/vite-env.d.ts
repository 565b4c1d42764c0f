/// <reference types="vite/client" />

declare module 'dkfds-icons?url' {
  const url: string;
  export default url;
}
