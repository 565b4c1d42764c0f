import { useLocation } from 'react-router';
import { Alert } from './Alert.js';

/** Navigation state that carries a one-line success message to the next page. */
export interface FlashState {
  flash?: string;
}

/** Shows the success message a previous page sent along (e.g. "Barnet er slettet"). */
export function Flash() {
  const location = useLocation();
  const flash = (location.state as FlashState | null)?.flash;
  return flash ? <Alert variant="success" heading={flash} /> : null;
}
