import { mount } from 'svelte'
import App from './App.svelte'
import './styles/theme.css'

const target = document.getElementById('app')
if (!target) throw new Error('The page has no #app element to mount Role Atlas into.')

target.replaceChildren()
export default mount(App, { target })
