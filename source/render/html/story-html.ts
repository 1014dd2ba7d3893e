import type {Story} from "../../story/story.js"; export const storyHtml = (_story: Story): string => "";
