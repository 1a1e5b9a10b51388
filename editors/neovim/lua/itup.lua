-- itup's language server in Neovim, with the built-in LSP client only (no plugin needed). Uses no API newer than
-- Neovim 0.7 (Debian 12's), so one setup serves 0.7 and current versions:
--   vim.opt.runtimepath:append('/path/to/itup/editors/neovim')
--   require('itup').setup({})
-- See docs/editors.md for the options.
local M = {}

-- One client per plan folder, on Neovim 0.7: files of one plan share their server, so references across files
-- resolve.
local clients = {}

-- This file is editors/neovim/lua/itup.lua in a checkout; the command line's jar is built under bundles/.
local function checkout_jar()
  local here = debug.getinfo(1, 'S').source:sub(2)
  return vim.fn.fnamemodify(here, ':p:h:h:h:h') .. '/bundles/org.itup.cli/target/itup.jar'
end

local function server_command(options)
  if options.cmd then return options.cmd end
  return { options.java or 'java', '-jar', options.jar or checkout_jar(), 'lsp' }
end

-- The folder of the plan a file belongs to: the nearest folder upwards that holds plan.itup, else the nearest
-- one holding .git, else the file's own folder.
local function plan_folder(file)
  local folder = vim.fn.fnamemodify(file, ':p:h')
  local plan = vim.fn.findfile('plan.itup', folder .. ';')
  if plan ~= '' then return vim.fn.fnamemodify(plan, ':p:h') end
  local git = vim.fn.finddir('.git', folder .. ';')
  if git ~= '' then return vim.fn.fnamemodify(git, ':p:h:h') end
  return folder
end

local function server_config(root, options)
  return {
    name = 'itup',
    cmd = server_command(options),
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
    init_options = { itup = { sdgTitles = options.sdg_titles } },
  }
end

-- Neovim 0.7 has no vim.lsp.start: start one client per plan folder and attach each buffer to it.
local function client_for(root, options)
  if clients[root] and vim.lsp.get_client_by_id(clients[root]) then return clients[root] end
  local config = server_config(root, options)
  config.on_exit = function() clients[root] = nil end
  clients[root] = vim.lsp.start_client(config)
  return clients[root]
end

local function attach(buffer, options)
  local file = vim.api.nvim_buf_get_name(buffer)
  if file == '' then return end
  local root = plan_folder(file)
  if vim.lsp.start then
    -- 0.8 and later reuse a running client of the same name and folder by themselves
    vim.lsp.start(server_config(root, options), { bufnr = buffer })
    return
  end
  local id = client_for(root, options)
  if id then vim.lsp.buf_attach_client(buffer, id) end
end

--- options: jar (path of itup.jar; default: this checkout's build), java (default 'java'), cmd (the whole server
--- command, instead of java and jar), sdg_titles (folder of official SDG titles, for hovers and completion).
function M.setup(options)
  options = options or {}
  -- an autocommand rather than vim.filetype.add, which Neovim 0.7 ignores unless filetype.lua is switched on
  vim.cmd([[
    augroup itup_filetype
      autocmd!
      autocmd BufRead,BufNewFile *.itup setfiletype itup
    augroup END
  ]])
  vim.api.nvim_create_autocmd('FileType', {
    group = vim.api.nvim_create_augroup('itup_lsp', { clear = true }),
    pattern = 'itup',
    callback = function(event) attach(event.buf, options) end,
  })
end

return M
