import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { loader } from './loader.ts'
import { oembed } from './oembed.ts'
import { widgetRoutes } from './widget-routes.ts'

/**
 * Embedding, mounted at `/`: the loader that resizes iframes (`/embed.js`, `/embed.<hash>.js`),
 * oEmbed (`/oembed`), and the widget pages and images with their script (`/embed/…`).
 */
export const embed = new Hono<AppEnv>()

embed.route('/', loader)
embed.route('/', oembed)
embed.route('/embed', widgetRoutes)
