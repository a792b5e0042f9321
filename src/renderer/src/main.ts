import { mount } from 'svelte'
import App from './App.svelte'
import { libraryRoles } from './lib/library-ahead'
import { parseRoute } from './lib/route'
import './styles/theme.css'

const target = document.getElementById('app')
if (!target) throw new Error('The page has no #app element to mount Role Atlas into.')

// The first screen's data is asked for while the app's code starts, and the app is built once
// it is in (or has failed): the library is then drawn once, whole, rather than first as
// "Loading…". The line in index.html stays on screen until then.
const route = parseRoute(window.location.hash)
const firstScreenData =
  route.name === 'library' ? libraryRoles.ahead(route.query) : Promise.resolve()

void firstScreenData
  .catch(() => undefined)
  .then(() => {
    // The user may have moved on while the app started: an answer for a screen that did not
    // open would be taken, stale, by the next library screen.
    const opening = parseRoute(window.location.hash)
    if (opening.name !== 'library') libraryRoles.discard()
    target.replaceChildren()
    mount(App, { target })
  })
