import { mount } from '@/lib/ui/mount';
import { App } from './App';

mount(App);
