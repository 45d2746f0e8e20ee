/** `npm start` / the container's entry point. */
import { runMain } from "./run-main.js";

runMain();
